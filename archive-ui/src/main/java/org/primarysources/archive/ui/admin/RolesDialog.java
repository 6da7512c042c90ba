package org.primarysources.archive.ui.admin;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;
import org.primarysources.archive.core.account.AccountSummary;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.ui.components.Notices;

import java.util.Set;

/** Changing which roles one account holds. It holds no service: saving fires a {@link SaveEvent}. */
class RolesDialog extends Dialog {

    private final AccountSummary account;
    private final CheckboxGroup<Role> roles = Roles.choice("Roles");

    RolesDialog(AccountSummary account) {
        this.account = account;
        setHeaderTitle("Roles of " + account.username());
        addClassName("archive-roles-dialog");
        roles.setValue(account.roles());
        add(roles);
        Button save = new Button("Save roles", click -> {
            roles.setInvalid(false);
            fireEvent(new SaveEvent(this, Set.copyOf(roles.getValue())));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
    }

    AccountSummary account() {
        return account;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** Shows why the archive refused, at the roles. */
    void showProblem(String message) {
        roles.setErrorMessage(Notices.sentence(message));
        roles.setInvalid(true);
    }

    /** Someone asked to give the account exactly these roles. */
    static final class SaveEvent extends ComponentEvent<RolesDialog> {

        private final transient Set<Role> roles;

        SaveEvent(RolesDialog source, Set<Role> roles) {
            super(source, false);
            this.roles = roles;
        }

        Set<Role> roles() {
            return roles;
        }
    }
}
