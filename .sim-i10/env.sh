export NODE_EXTRA_CA_CERTS='/work/wt/i10/.sim-i10/ca.pem'
export ECE_DOCTOR_CLOUDS_FILE='/work/wt/i10/.sim-i10/clouds.json'
export ECE_DOCTOR_DNS_SERVERS='127.0.0.1:19500'
