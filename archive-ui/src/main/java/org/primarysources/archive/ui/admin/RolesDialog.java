package org.primarysources.archive.ui.admin;

import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;

import org.primarysources.archive.core.account.AccountSummary;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.ui.components.Notices;

/** Changing which roles one account holds. It holds no service: saving hands the chosen roles on. */
class RolesDialog extends Dialog {

    private final CheckboxGroup<Role> roles = Roles.choice("Roles");

    RolesDialog(AccountSummary account, Consumer<Set<Role>> save) {
        setHeaderTitle("Roles of " + account.username());
        addClassName("archive-roles-dialog");
        roles.setValue(account.roles());
        add(roles);
        Button saveButton = new Button("Save roles", click -> {
            roles.setInvalid(false);
            save.accept(Set.copyOf(roles.getValue()));
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, saveButton);
    }

    /** Shows why the archive refused, at the roles. */
    void showProblem(String message) {
        roles.setErrorMessage(Notices.sentence(message));
        roles.setInvalid(true);
    }
}
