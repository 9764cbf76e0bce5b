package org.schooljournal.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.util.CollectionStore;

/**
 * An RFC 3161 time-stamping authority for a test: BouncyCastle's {@code TimeStampResponseGenerator}
 * behind the JDK's HTTP server on a free port ({@link #url()}), with a fresh P-256 key and a
 * self-signed time-stamping certificate ({@link #certificatePem()}, the CA file for {@code openssl
 * ts -verify}). Counts the requests it answered. A unit test asks it directly ({@link #reply}); the
 * in-container tests of the micro module use it over HTTP (through this module's test-jar), so the
 * project has one test authority.
 */
public final class LocalTsa implements AutoCloseable {
    public static final String NAME = "CN=School Journal test TSA";

    private final HttpServer server;
    private final PrivateKey key;
    private final X509CertificateHolder certificate;
    private final AtomicLong serial = new AtomicLong();
    private final AtomicInteger answered = new AtomicInteger();

    public LocalTsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        key = pair.getPrivate();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        X500Name name = new X500Name(NAME);
        certificate =
                new JcaX509v3CertificateBuilder(
                                name,
                                BigInteger.ONE,
                                Date.from(now.minus(1, ChronoUnit.DAYS)),
                                Date.from(now.plus(30, ChronoUnit.DAYS)),
                                name,
                                pair.getPublic())
                        // RFC 3161 2.3: the one, critical, extended key usage of a TSA
                        .addExtension(
                                Extension.extendedKeyUsage,
                                true,
                                new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                        .build(new JcaContentSignerBuilder("SHA256withECDSA").build(key));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/tsa",
                exchange -> {
                    byte[] reply;
                    try {
                        reply = reply(exchange.getRequestBody().readAllBytes());
                    } catch (Exception e) {
                        exchange.sendResponseHeaders(400, -1);
                        exchange.close();
                        return;
                    }
                    exchange.getResponseHeaders()
                            .set("Content-Type", "application/timestamp-reply");
                    exchange.sendResponseHeaders(200, reply.length);
                    exchange.getResponseBody().write(reply);
                    exchange.close();
                    answered.incrementAndGet();
                });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
    }

    public int answered() {
        return answered.get();
    }

    public String certificatePem() throws IOException {
        StringWriter pem = new StringWriter();
        pem.write("-----BEGIN CERTIFICATE-----\n");
        pem.write(
                Base64.getMimeEncoder(64, "\n".getBytes())
                        .encodeToString(certificate.getEncoded()));
        pem.write("\n-----END CERTIFICATE-----\n");
        return pem.toString();
    }

    /** The DER reply to a DER request, as the service sends it. */
    public byte[] reply(byte[] request) throws Exception {
        TimeStampTokenGenerator tokens =
                new TimeStampTokenGenerator(
                        new JcaSimpleSignerInfoGeneratorBuilder()
                                .build("SHA256withECDSA", key, certificate),
                        new JcaDigestCalculatorProviderBuilder()
                                .build()
                                .get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1)),
                        new ASN1ObjectIdentifier("1.2.3.4.1"));
        tokens.addCertificates(new CollectionStore<>(List.of(certificate)));
        return new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                .generate(
                        new TimeStampRequest(request),
                        BigInteger.valueOf(serial.incrementAndGet()),
                        new Date())
                .getEncoded();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
