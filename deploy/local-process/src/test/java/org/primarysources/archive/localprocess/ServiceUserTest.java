package org.primarysources.archive.localprocess;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceUserTest {

    @Test
    void takesOnlyASystemUserName() {
        assertThat(new ServiceUser("archive-db").name()).isEqualTo("archive-db");
        assertThatThrownBy(() -> new ServiceUser("root; rm -rf /")).hasMessageContaining("not a system user name");
        assertThatThrownBy(() -> new ServiceUser("-rf")).hasMessageContaining("not a system user name");
        assertThatThrownBy(() -> new ServiceUser(null)).hasMessageContaining("not a system user name");
    }
}
