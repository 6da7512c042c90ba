package org.primarysources.archive.ui.admin;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.primarysources.archive.core.account.CreateAccount;
import org.primarysources.archive.core.account.Role;
import org.primarysources.archive.ui.components.Notices;

import java.util.EnumSet;
import java.util.Set;

/**
 * Takes a new account in: user name, first password and roles. It holds no service: it fires an
 * {@link OpenEvent} and shows the archive's answer at the field it concerns.
 */
class AccountForm extends Div {

    private final TextField username = new TextField("User name");
    private final PasswordField password = new PasswordField("Password");
    private final CheckboxGroup<Role> roles = Roles.choice("Roles");

    AccountForm() {
        addClassName("archive-account-form");
        username.setHelperText("2 to 64 characters: lower-case letters, digits, '.', '_' or '-'");
        username.setAutocomplete(Autocomplete.OFF);
        password.setHelperText("At least 12 characters; the person changes it later");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        roles.setValue(EnumSet.of(Role.RESEARCHER));
        Button open = new Button("Open account", click -> fireEvent(new OpenEvent(this, command())));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div fields = new Div(username, password);
        fields.addClassName("archive-account-fields");
        add(fields, roles, open);
    }

    Registration addOpenListener(ComponentEventListener<OpenEvent> listener) {
        return addListener(OpenEvent.class, listener);
    }

    private CreateAccount command() {
        clearProblems();
        return new CreateAccount(username.getValue().strip(), password.getValue().toCharArray(),
                Set.copyOf(roles.getValue()));
    }

    /** Shows why the archive refused the account, at the field it named (the user name when it named none). */
    void showProblem(String field, String message) {
        String sentence = Notices.sentence(message);
        switch (field == null ? "username" : field) {
            case "password" -> {
                password.setErrorMessage(sentence);
                password.setInvalid(true);
            }
            case "roles" -> {
                roles.setErrorMessage(sentence);
                roles.setInvalid(true);
            }
            default -> {
                username.setErrorMessage(sentence);
                username.setInvalid(true);
            }
        }
    }

    /** Empties the form for the next account; the password never stays in a field longer than needed. */
    void clear() {
        clearProblems();
        username.clear();
        password.clear();
        roles.setValue(EnumSet.of(Role.RESEARCHER));
    }

    private void clearProblems() {
        username.setInvalid(false);
        password.setInvalid(false);
        roles.setInvalid(false);
    }

    /** Someone asked to open the account described. */
    static final class OpenEvent extends ComponentEvent<AccountForm> {

        private final transient CreateAccount command;

        OpenEvent(AccountForm source, CreateAccount command) {
            super(source, false);
            this.command = command;
        }

        CreateAccount command() {
            return command;
        }
    }
}
