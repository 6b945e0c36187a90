// attack: Java stdout and stderr flood
// incident: stdout and stderr floods
// package: sec-escaped
// verdicts: OLE TLE RTE
// layer: RLIMIT_FSIZE; capped reads
public class StdoutFlood {
    public static void main(String[] args) {
        String s = "J".repeat(1 << 16);
        while (true) { System.out.print(s); System.err.print(s); }
    }
}
