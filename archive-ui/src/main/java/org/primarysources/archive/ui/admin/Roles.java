package org.primarysources.archive.ui.admin;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.ui.components.Texts;

import java.util.Set;
import java.util.stream.Collectors;

/** Roles as the administration page names and offers them. */
final class Roles {

    private Roles() {
    }

    /** A choice of roles, each named with what it lets a person do. */
    static CheckboxGroup<Role> choice(String label) {
        CheckboxGroup<Role> choice = new CheckboxGroup<>(label, Role.values());
        choice.setItemLabelGenerator(Roles::describe);
        choice.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        // said in words, not with setRequired: that puts aria-required on the group, which axe rejects (critical)
        choice.setHelperText("At least one");
        return choice;
    }

    static String name(Role role) {
        return Texts.words(role.name());
    }

    static String describe(Role role) {
        return name(role) + switch (role) {
            case RESEARCHER -> " — reads, searches and cites";
            case ARCHIVIST -> " — imports sources and drafts changes";
            case EDITOR -> " — reviews other people's changes";
            case ADMIN -> " — manages accounts and the search index";
        };
    }

    /** The roles in the enum's order, as words: {@code Archivist, Editor}. */
    static String list(Set<Role> roles) {
        return roles.stream().sorted().map(Roles::name).collect(Collectors.joining(", "));
    }
}
