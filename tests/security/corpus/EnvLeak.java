// attack: Java: System.getenv, then /proc/1/environ and every /proc/*/environ
// incident: Judge0 #564 (environment variables visible)
// package: sec-env
// verdicts: WA RTE
// layer: --clearenv, and bwrap started with a minimal environment
import java.nio.file.*;

public class EnvLeak {
    public static void main(String[] args) throws Exception {
        String name = "@ENV_NAME@";
        String v = System.getenv(name);
        if (v == null) {
            java.io.File[] procs = new java.io.File("/proc").listFiles();
            for (java.io.File p : procs) {
                if (!p.getName().matches("\\d+|self")) continue;
                try {
                    String env = new String(Files.readAllBytes(Paths.get(p.getPath(), "environ")));
                    for (String kv : env.split("\0")) if (kv.startsWith(name + "=")) v = kv.substring(name.length() + 1);
                } catch (Exception e) { }
                if (v != null) break;
            }
        }
        System.out.println(v == null ? "not-found" : v);
    }
}
