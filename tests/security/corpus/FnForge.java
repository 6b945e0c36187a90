// attack: Java function submission: write a guessed result to /dev/fd/3 and /proc/self/fd/3, then halt the JVM before the driver writes
// incident: forging results through the judge's channel
// package: sec-fn-secret
// verdicts: WA RTE
// layer: the expected answer is only in the judge; exactly one JSON value is accepted
import java.io.*;

class Solution {
    public String secret(int n) {
        for (String p : new String[]{"/dev/fd/3", "/proc/self/fd/3"}) {
            try (FileOutputStream o = new FileOutputStream(p, true)) { o.write("\"AC\"".getBytes()); } catch (Exception e) { }
        }
        Runtime.getRuntime().halt(0);
        return "AC";
    }
}
