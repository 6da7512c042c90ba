package org.primarysources.archive.ui.layout;

import org.primarysources.archive.core.account.Role;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may open a page: a signed-in caller holding at least one of these roles. A page without this annotation is
 * open to everyone, anonymous visitors included.
 * <p>
 * {@link AccessControl} enforces it on every navigation and {@link MainLayout} shows only the pages it allows.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AllowedRoles {

    Role[] value();
}
