package org.primarysources.archive.core.web;

/**
 * An enum whose constants the API spells its own way in query and path parameters: {@code csl-json} for
 * {@code CSL_JSON}, {@code modern-language-association} for {@code MLA}. {@link EnumParameters} reads and lists them
 * so; the constant's name is read too.
 */
public interface ParamSpelling {

    /** The value of the parameter that names this constant, e.g. {@code csl-json}. */
    String param();
}
