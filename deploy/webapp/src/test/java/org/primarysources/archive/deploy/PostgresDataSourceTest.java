package org.primarysources.archive.deploy;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresDataSourceTest {

    @Test
    void anOlderArchivesDatabaseIsRefusedWithWhatToDo() {
        PostgresDataSource dataSource = at("jdbc:h2:file:/srv/archive/data/db/archive;DB_CLOSE_ON_EXIT=FALSE");

        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class)
                .hasMessageContaining("older archive")
                .hasMessageContaining("now runs on PostgreSQL")
                .hasMessageContaining("./archive import");
    }

    @Test
    void anotherDatabaseIsRefusedWithoutRepeatingTheUrl() {
        PostgresDataSource dataSource = at("jdbc:mysql://archive:secret@db/archive");

        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class)
                .hasMessageContaining("jdbc:postgresql://")
                .hasMessageContaining("jdbc:mysql:")
                .hasMessageNotContaining("secret");
    }

    @Test
    void noUrlIsRefused() {
        assertThatThrownBy(at(" ")::getConnection).hasMessageContaining("archive.db.url");
    }

    @Test
    void theArchivesSettingsApplyWhereTheUrlNamesNone() throws SQLException {
        PostgresDataSource dataSource = at("jdbc:postgresql://db.example.org:5433/archive");
        dataSource.setUser("archive");
        dataSource.setPassword("secret");

        PGSimpleDataSource postgres = dataSource.postgres();

        assertThat(postgres.getServerNames()).containsExactly("db.example.org");
        assertThat(postgres.getPortNumbers()).containsExactly(5433);
        assertThat(postgres.getDatabaseName()).isEqualTo("archive");
        assertThat(postgres.getUser()).isEqualTo("archive");
        assertThat(postgres.getPassword()).isEqualTo("secret");
        assertThat(postgres.getReWriteBatchedInserts()).isTrue();
        assertThat(postgres.getTcpKeepAlive()).isTrue();
        assertThat(postgres.getConnectTimeout()).isEqualTo(10);
        assertThat(postgres.getLoginTimeout()).isEqualTo(10);
        assertThat(postgres.getApplicationName()).isEqualTo("archive");
    }

    @Test
    void whatTheUrlNamesWins() throws SQLException {
        PostgresDataSource dataSource = at("jdbc:postgresql://127.0.0.1/archive?reWriteBatchedInserts=false"
                + "&loginTimeout=3&ApplicationName=night-import");
        dataSource.setLoginTimeout(30);

        PGSimpleDataSource postgres = dataSource.postgres();

        assertThat(postgres.getReWriteBatchedInserts()).isFalse();
        assertThat(postgres.getLoginTimeout()).isEqualTo(3);
        assertThat(postgres.getApplicationName()).isEqualTo("night-import");
    }

    @Test
    void theContainersLoginTimeoutWinsOverTheDefault() throws SQLException {
        PostgresDataSource dataSource = at("jdbc:postgresql://127.0.0.1/archive");
        dataSource.setLoginTimeout(30);

        assertThat(dataSource.postgres().getLoginTimeout()).isEqualTo(30);
    }

    private static PostgresDataSource at(String url) {
        PostgresDataSource dataSource = new PostgresDataSource();
        dataSource.setUrl(url);
        return dataSource;
    }
}
