package org.primarysources.archive.core.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.primarysources.archive.core.account.Role;

/** The archive's HTTP API, under {@code /api}. Described at {@code /openapi}. */
@ApplicationPath("api")
@DeclareRoles({Role.RESEARCHER_NAME, Role.ARCHIVIST_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
@OpenAPIDefinition(info = @Info(title = "Archive of curated primary sources", version = "1",
        description = "Published clauses, quotes and entities with citations and provenance.",
        license = @License(name = "Apache-2.0")))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ArchiveApplication extends Application {
}
