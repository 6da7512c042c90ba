package org.primarysources.archive.core.publicationlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * Witnessing: an RFC 3161 time stamp authority ({@code archive.log.tsa-url}) stamps each signed checkpoint, so that
 * a third party vouches that the checkpoint — and so the whole log up to it — existed at that time. The token covers
 * the SHA-256 of the signed note. Optional per install; the audit verifies every stored token, against the
 * authority's certificate when one is configured ({@code archive.log.tsa-certificate}, PEM), else against the
 * certificate the token carries.
 */
@ApplicationScoped
public class TimeStamps {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final SecureRandom NONCES = new SecureRandom();

    private final Optional<URI> authority;
    private final Optional<X509Certificate> trusted;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Inject
    TimeStamps(@ConfigProperty(name = "archive.log.tsa-url") Optional<String> authority,
               @ConfigProperty(name = "archive.log.tsa-certificate") Optional<String> certificateFile) {
        this.authority = authority.filter(u -> !u.isBlank()).map(URI::create);
        this.trusted = certificateFile.filter(f -> !f.isBlank()).map(f -> certificate(Path.of(f)));
    }

    /** Only for the CDI client proxy. */
    protected TimeStamps() {
        this(Optional.empty(), Optional.empty());
    }

    /** Stamps from {@code authority}, verified against its certificate {@code trusted} (null: the one carried). */
    public static TimeStamps of(URI authority, X509Certificate trusted) {
        return new TimeStamps(authority, trusted);
    }

    private TimeStamps(URI authority, X509Certificate trusted) {
        this.authority = Optional.ofNullable(authority);
        this.trusted = Optional.ofNullable(trusted);
    }

    public boolean enabled() {
        return authority.isPresent();
    }

    /** Asks the authority for a time stamp of {@code signedNote}; returns the DER-encoded token. */
    byte[] stamp(String signedNote) throws IOException, InterruptedException {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256(signedNote),
                BigInteger.valueOf(NONCES.nextLong()));
        HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(authority.orElseThrow())
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/timestamp-query")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = answer.body()) {
            if (answer.statusCode() != 200) {
                throw new IOException("the time stamp authority answered HTTP " + answer.statusCode());
            }
            TimeStampResponse response = new TimeStampResponse(body);
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw new IOException("the time stamp authority refused: " + response.getStatusString());
            }
            return token.getEncoded();
        } catch (TSPException e) {
            throw new IOException("the time stamp authority's answer does not check out: " + e.getMessage(), e);
        }
    }

    /** What is wrong with a stored token for this note, if anything; else the time it vouches for. */
    public Verdict verify(byte[] token, String signedNote) {
        try {
            TimeStampToken parsed = new TimeStampToken(new CMSSignedData(token));
            if (!Arrays.equals(parsed.getTimeStampInfo().getMessageImprintDigest(), sha256(signedNote))) {
                return Verdict.broken("its time stamp is of another text");
            }
            Collection<X509CertificateHolder> carried = parsed.getCertificates().getMatches(parsed.getSID());
            X509CertificateHolder signer = trusted.isPresent() ? new JcaX509CertificateHolder(trusted.get())
                    : carried.stream().findFirst().orElse(null);
            if (signer == null) {
                return Verdict.broken("its time stamp carries no certificate to check it with");
            }
            parsed.validate(new JcaSimpleSignerInfoVerifierBuilder().build(signer));
            return new Verdict(null, parsed.getTimeStampInfo().getGenTime().toInstant());
        } catch (TSPException | CMSException | IOException | OperatorCreationException | CertificateException
                 | IllegalArgumentException e) {
            return Verdict.broken("its time stamp does not verify: " + e.getMessage());
        }
    }

    /** A token's check: the problem (null when it verifies) and the time it vouches for. */
    public record Verdict(String problem, Instant time) {

        static Verdict broken(String problem) {
            return new Verdict(problem, null);
        }

        public boolean verified() {
            return problem == null;
        }
    }

    private static byte[] sha256(String signedNote) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(signedNote.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static X509Certificate certificate(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | CertificateException e) {
            throw new IllegalArgumentException("archive.log.tsa-certificate " + pem + " is not a PEM certificate: "
                    + e.getMessage(), e);
        }
    }
}
