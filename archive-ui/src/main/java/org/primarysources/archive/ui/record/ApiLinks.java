package org.primarysources.archive.ui.record;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.primarysources.archive.core.citing.CitationFormat;
import org.primarysources.archive.core.record.RecordDetails;

import java.net.URI;

/** Addresses of a record in the archive's web API, which stay valid outside the browser session. */
final class ApiLinks {

    private ApiLinks() {
    }

    /** The permanent, absolute URL of this version of the record, as citations print it. */
    static URI versionUrl(RecordDetails record) {
        return URI.create(base() + "api/records/" + record.id() + "/versions/" + record.version());
    }

    /**
     * The citation in a reference manager's format, relative to the page's base address (the archive's root), so
     * it works wherever the archive is deployed.
     */
    static String citation(RecordDetails record, CitationFormat format) {
        return "api/records/" + record.id() + "/cite?format=" + format.param();
    }

    /** The proof that this version is in the archive's log, against the checkpoint of {@code treeSize}. */
    static String inclusionProof(RecordDetails record, long treeSize) {
        return "api/log/inclusion?item=record&id=" + record.id() + "&version=" + record.version() + "&size="
                + treeSize;
    }

    static String fileName(RecordDetails record, CitationFormat format) {
        return "record-" + record.id() + "-v" + record.version() + "." + format.fileExtension();
    }

    /** The archive's root as the browser reached it, ending in {@code /}. */
    private static String base() {
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return "/";
        }
        HttpServletRequest request = current.getHttpServletRequest();
        boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                || ("https".equals(request.getScheme()) && request.getServerPort() == 443)
                || request.getServerPort() <= 0;
        return request.getScheme() + "://" + request.getServerName()
                + (defaultPort ? "" : ":" + request.getServerPort()) + request.getContextPath() + "/";
    }
}
