// attack: Java: Socket to public and loopback addresses, DNS resolution, a UDP datagram awaiting a reply
// incident: Judge0 CVE-2024-29021 (network enabled by default)
// package: sec-escaped
// verdicts: WA RTE
// layer: network namespace; seccomp
import java.net.*;

public class NetConnect {
    public static void main(String[] args) {
        boolean ok = false;
        String[][] targets = {{"1.1.1.1", "80"}, {"127.0.0.1", "22"}, {"169.254.169.254", "80"}};
        for (String[] t : targets) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(t[0], Integer.parseInt(t[1])), 300);
                ok = true;
            } catch (Exception e) { }
        }
        try { InetAddress.getByName("example.com"); ok = true; } catch (Exception e) { }
        try (DatagramSocket d = new DatagramSocket()) {
            d.setSoTimeout(300);
            byte[] q = new byte[]{0x12, 0x34, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0};
            d.send(new DatagramPacket(q, q.length, InetAddress.getByName("8.8.8.8"), 53));
            d.receive(new DatagramPacket(new byte[512], 512));
            ok = true;
        } catch (Exception e) { }
        System.out.println(ok ? "ESCAPED" : "blocked");
    }
}
