import "server-only";
import { createShareApi } from "./api";
import { getShareStore } from "./index";

/** The API the routes serve: the process's store, the real clock, the operator's lifetime. */
export const shareApi = createShareApi({ store: getShareStore });
