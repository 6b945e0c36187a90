// attack: Java: read this test's answer from the package directory on the host, from /in and through /proc/1/root
// incident: QDUOJ #165 (leaking host files), reading other tests' answers
// package: sec-answer
// verdicts: WA RTE
// layer: mount namespace: the package directory is never mounted; answers never enter the sandbox
import java.nio.file.*;
import java.util.*;

public class ReadAnswerFiles {
    public static void main(String[] args) throws Exception {
        Scanner in = new Scanner(System.in);
        String test = in.nextLine().split("=")[1];
        String[] roots = {"", "/proc/1/root", "/proc/self/root", "/proc/2/cwd/.."};
        for (String r : roots) {
            for (String p : new String[]{"@PACKAGE_DIR@/data/secret/" + test + ".ans", "/in/" + test + ".ans"}) {
                try {
                    System.out.println(new String(Files.readAllBytes(Paths.get(r + p))).trim());
                    return;
                } catch (Exception e) { }
            }
        }
        System.out.println("not-found");
    }
}
