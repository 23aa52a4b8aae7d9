// npm run wizard: installs what is missing, builds when the build is not current, and serves the wizard on
// http://127.0.0.1:${PORT:-3000} (HOST moves the address).
import { ensureBuild, ensureDeps, startTool, stop } from "./common.mjs";

ensureDeps();
ensureBuild();
const server = startTool("server", ["-p", process.env.PORT ?? "3000", "-H", process.env.HOST ?? "127.0.0.1"], {
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(server));
server.on("exit", (code) => process.exit(code ?? 0));
