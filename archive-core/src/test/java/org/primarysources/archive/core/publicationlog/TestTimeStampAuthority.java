package org.primarysources.archive.core.publicationlog;

import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real RFC 3161 time stamp authority inside the test, on a free port of 127.0.0.1: Bouncy Castle's TSP classes
 * behind the JDK's HTTP server, with a self-signed certificate for time stamping. It answers
 * {@code application/timestamp-reply}, and counts what it stamped.
 */
public final class TestTimeStampAuthority implements AutoCloseable {

    private static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1");

    private final HttpServer server;
    private final X509Certificate certificate;
    private final AtomicLong serials = new AtomicLong();

    private TestTimeStampAuthority(HttpServer server, X509Certificate certificate) {
        this.server = server;
        this.certificate = certificate;
    }

    public static TestTimeStampAuthority start() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair keys = rsa.generateKeyPair();
        X500Name name = new X500Name("CN=Test Time Stamp Authority");
        Instant now = Instant.now();
        X509CertificateHolder holder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))), name,
                keys.getPublic())
                .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()));
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withRSA", keys.getPrivate(), certificate), new org.bouncycastle.operator.bc
                .BcDigestCalculatorProvider().get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                        org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1)), POLICY);
        tokens.addCertificates(new JcaCertStore(List.of(certificate)));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        TestTimeStampAuthority authority = new TestTimeStampAuthority(server, certificate);
        server.createContext("/tsa", exchange -> {
            try {
                TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
                TimeStampResponse response = responses.generate(request,
                        BigInteger.valueOf(authority.serials.incrementAndGet()), new Date());
                byte[] body = response.getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (Exception e) {
                exchange.sendResponseHeaders(400, -1);
                throw new IOException(e);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return authority;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** How many time stamps it gave. */
    public long stamped() {
        return serials.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
