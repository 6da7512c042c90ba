package org.primarysources.archive.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The archive's addresses for people: the pages a citation, a harvester or a linked-data document points at. They
 * are built from the configured canonical root {@code archive.public-url} (environment {@code ARCHIVE_PUBLIC_URL}),
 * never from the host a request came in on: behind a proxy or a load balancer that host is an internal one, and a
 * citation must stay valid for as long as the archive does.
 */
@ApplicationScoped
public class PublicAddresses {

    /** Used when {@code archive.public-url} is not set: what a single local archive answers on. */
    public static final String DEFAULT_ROOT = "http://localhost:8080/";
    private static final Logger LOG = Logger.getLogger(PublicAddresses.class.getName());

    private final URI root;

    @Inject
    PublicAddresses(@ConfigProperty(name = "archive.public-url") Optional<String> configured) {
        this(configured.filter(url -> !url.isBlank()).orElseGet(() -> {
            LOG.warning("archive.public-url is not set: citations and harvested records point at " + DEFAULT_ROOT
                    + "; set ARCHIVE_PUBLIC_URL to the address people reach the archive at");
            return DEFAULT_ROOT;
        }));
    }

    /**
     * @param root the archive's canonical root, absolute http(s); a missing trailing slash is added
     * @throws IllegalArgumentException when it is not an absolute http or https URL without query or fragment
     */
    public PublicAddresses(String root) {
        URI parsed = URI.create(root.endsWith("/") ? root : root + "/");
        if (!parsed.isAbsolute() || !("http".equals(parsed.getScheme()) || "https".equals(parsed.getScheme()))
                || parsed.getHost() == null || parsed.getRawQuery() != null || parsed.getRawFragment() != null) {
            throw new IllegalArgumentException("archive.public-url must be an absolute http(s) URL such as "
                    + "https://archive.example.org/, not " + root);
        }
        this.root = parsed;
    }

    /** Only for the CDI client proxy. */
    protected PublicAddresses() {
        this.root = null;
    }

    /** The archive's root, ending in {@code /}. */
    public URI root() {
        return root;
    }

    /** The page of a record: its newest published version. */
    public URI record(long id) {
        return root.resolve("records/" + id);
    }

    /** The page of one version of a record, as it was then: what citations point at. */
    public URI recordVersion(long id, int version) {
        return root.resolve("records/" + id + "/versions/" + version);
    }

    /** The page of a source. */
    public URI source(long id) {
        return root.resolve("sources/" + id);
    }

    /** The machine-readable form of a record, in the web API. */
    public URI recordApi(long id) {
        return root.resolve("api/records/" + id);
    }

    /** The machine-readable form of one version of a record, in the web API. */
    public URI recordVersionApi(long id, int version) {
        return root.resolve("api/records/" + id + "/versions/" + version);
    }

    /** The machine-readable form of a source, in the web API. */
    public URI sourceApi(long id) {
        return root.resolve("api/sources/" + id);
    }
}
