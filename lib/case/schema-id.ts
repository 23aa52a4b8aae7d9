export const CASE_SCHEMA_ID = "ece-oauth-doctor/case@3";
export const CASE_SCHEMA_V2 = "ece-oauth-doctor/case@2";
export const CASE_SCHEMA_V1 = "ece-oauth-doctor/case@1";
