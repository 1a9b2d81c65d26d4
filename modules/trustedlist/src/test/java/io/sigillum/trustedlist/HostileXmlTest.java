package io.sigillum.trustedlist;

import io.sigillum.trustedlist.TrustedListException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static io.sigillum.trustedlist.Refusals.refused;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostileXmlTest {

    private static final String SECRET = "sigillum-secret-7f3a";

    @Test
    void anExternalEntityReadingALocalFileIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE TrustServiceStatusList [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<TrustServiceStatusList xmlns=\"" + TrustedListSpec.NS_TSL + "\"><SchemeInformation>"
                + "<SchemeTerritory>&leak;</SchemeTerritory></SchemeInformation></TrustServiceStatusList>";

        TrustedListException refusal = refused(Reason.FORBIDDEN_CONSTRUCT, xml.getBytes(StandardCharsets.UTF_8));

        for (Throwable t = refusal; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(SECRET), "the file's content leaked into " + t);
        }
    }

    @Test
    void externalEntitiesAndDtdsAreNeverFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/";
            String root = "<TrustServiceStatusList xmlns=\"" + TrustedListSpec.NS_TSL + "\"/>";
            List<String> attempts = List.of(
                    "<!DOCTYPE TrustServiceStatusList SYSTEM \"" + url + "external.dtd\">" + root,
                    "<!DOCTYPE TrustServiceStatusList [<!ENTITY % remote SYSTEM \"" + url + "parameter.dtd\"> %remote;]>" + root,
                    "<!DOCTYPE TrustServiceStatusList [<!ENTITY e SYSTEM \"" + url + "entity\">]>"
                            + "<TrustServiceStatusList xmlns=\"" + TrustedListSpec.NS_TSL + "\">&e;</TrustServiceStatusList>");
            for (String xml : attempts) {
                refused(Reason.FORBIDDEN_CONSTRUCT, xml.getBytes(StandardCharsets.UTF_8));
            }
            server.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, server::accept, "the parser connected to the entity's URL");
        }
    }

    @Test
    void entityExpansionIsRefusedQuickly() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = "<?xml version=\"1.0\"?>" + dtd + "]><TrustServiceStatusList xmlns=\"" + TrustedListSpec.NS_TSL
                + "\"><SchemeInformation><SchemeTerritory>&lol10;</SchemeTerritory></SchemeInformation></TrustServiceStatusList>";

        assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> refused(Reason.FORBIDDEN_CONSTRUCT, xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anyDoctypeIsRefusedEvenBeforeAProperlySignedList() {
        String signed = new String(TestLists.signedGermanList(), StandardCharsets.UTF_8);
        String withDoctype = signed.replaceFirst("\\?>", "?><!DOCTYPE TrustServiceStatusList>");
        assertTrue(withDoctype.contains("<!DOCTYPE"));

        refused(Reason.FORBIDDEN_CONSTRUCT, withDoctype.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void inputOverTheCapIsRefusedBeforeParsing() {
        byte[] signed = TestLists.signedGermanList();

        refused(Reason.TOO_LARGE, () -> TrustedListReader.withMaxBytes(1024).read(signed, List.of(TestPki.DE_OPERATOR.certificate())));
    }

    @Test
    void anEndlessStreamIsRefusedOnceTheCapIsPassed() {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return '<';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) '<');
                served.addAndGet(len);
                return len;
            }
        };

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refused(Reason.TOO_LARGE,
                () -> TrustedListReader.withMaxBytes(64 * 1024).read(endless, List.of(TestPki.DE_OPERATOR.certificate()))));
        assertTrue(served.get() < 64 * 1024 + 8192 + 1, "read " + served.get() + " bytes");
    }

    @Test
    void malformedXmlIsRefused() {
        String signed = new String(TestLists.signedGermanList(), StandardCharsets.UTF_8);
        List<String> inputs = List.of(
                "",
                "this is not XML",
                signed.substring(0, signed.length() / 2),
                "<TrustServiceStatusList xmlns=\"" + TrustedListSpec.NS_TSL + "\">&undeclared;</TrustServiceStatusList>",
                "<TrustServiceStatusList xmlns=\"" + TrustedListSpec.NS_TSL + "\"><a></b></TrustServiceStatusList>");
        for (String input : inputs) {
            refused(Reason.MALFORMED, input.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aDocumentThatIsNotATrustedListIsRefused() {
        refused(Reason.MALFORMED, "<TrustServiceStatusList/>".getBytes(StandardCharsets.UTF_8));
        refused(Reason.MALFORMED, "<html xmlns=\"http://www.w3.org/1999/xhtml\"/>".getBytes(StandardCharsets.UTF_8));
    }
}
