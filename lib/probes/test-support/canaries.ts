// Secret shapes a client secret really takes: Azure's current ones have "~" (e.g. "abc8Q~..."), those made before
// 2021 are base64-like with + / =; the others are what a user may paste by mistake.
export const secretShapes = [
  "Xy58Q~CANARYazureSecretV2.-_abcDEFghiJKL",
  "CANARYsecB64+abc/def=ghi+jkl/mno==",
  "CANARY%41percent%2Fsecret%zz",
  "CANARY&amp=secret&client_id=x",
  "CANARY secret with spaces ok",
  `CANARY"quoted'secret\\back`,
  "CANARYünïcødé-séçret-€-密码",
];
