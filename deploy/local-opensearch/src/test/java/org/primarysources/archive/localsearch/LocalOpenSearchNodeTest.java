package org.primarysources.archive.localsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalOpenSearchNodeTest {

    private final NodeHome home = new NodeHome(Path.of("/srv/archive/opensearch"));

    @Test
    void passesEverySettingAsAFlagAndBindsToLoopback() {
        List<String> command = LocalOpenSearchNode.nodeCommand(home, "archive-1a2b", 9201, 9301);

        assertThat(command.get(0)).isEqualTo("/srv/archive/opensearch/dist/bin/opensearch");
        assertThat(command).contains("-Ecluster.name=archive-1a2b", "-Ediscovery.type=single-node",
                "-Enetwork.host=127.0.0.1", "-Ehttp.port=9201", "-Etransport.port=9301",
                "-Epath.data=/srv/archive/opensearch/data", "-Epath.logs=/srv/archive/opensearch/logs");
    }

    @Test
    void environmentPointsAtOurJavaConfigAndTmpAndDropsForeignJvmOptions() {
        Map<String, String> environment = new HashMap<>(Map.of("JAVA_TOOL_OPTIONS", "-Xmx8g",
                "OPENSEARCH_JAVA_OPTS", "-Xmx8g", "PATH", "/usr/bin"));

        LocalOpenSearchNode.configure(environment, home, Path.of("/opt/jdk-17"));

        assertThat(environment).containsEntry("OPENSEARCH_JAVA_HOME", "/opt/jdk-17")
                .containsEntry("OPENSEARCH_PATH_CONF", "/srv/archive/opensearch/config")
                .containsEntry("OPENSEARCH_TMPDIR", "/srv/archive/opensearch/tmp")
                .containsEntry("PATH", "/usr/bin")
                .doesNotContainKeys("JAVA_TOOL_OPTIONS", "OPENSEARCH_JAVA_OPTS");
    }

    @Test
    void rootSwitchesUserInPlaceWithSetprivOrFallsBackToRunuser() {
        assertThat(ServiceUser.switchUserPrefix("999", "995", Optional.of(Path.of("/usr/bin/setpriv"))))
                .containsExactly("/usr/bin/setpriv", "--reuid=999", "--regid=995", "--init-groups", "--");
        assertThat(ServiceUser.switchUserPrefix("999", "995", Optional.empty()))
                .containsExactly("runuser", "-u", "archive-search", "--");
    }

    @Test
    void settingsRejectWhatTheNodeWouldChokeOn() {
        Path p = Path.of("x");
        assertThatThrownBy(() -> NodeSettings.of(p, p, p, "has space")).hasMessageContaining("cluster name");
        assertThatThrownBy(() -> NodeSettings.of(p, p, p, "ok").withHeap("lots")).hasMessageContaining("heap");
        assertThatThrownBy(() -> NodeSettings.of(p, p, p, "ok").withHttpPort(70000)).hasMessageContaining("port");
        assertThat(NodeSettings.of(p, p, p, "ok").heap()).isEqualTo("512m");
    }

    @Test
    void portChecksSeeATakenPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(LocalOpenSearchNode.isFree(taken.getLocalPort())).isFalse();
        }
        assertThat(LocalOpenSearchNode.isFree(LocalOpenSearchNode.freePort())).isTrue();
    }

    @Test
    void readsStringFieldsFromFlatJson() {
        String root = "{\n  \"name\" : \"n\",\n  \"cluster_name\" : \"archive-\\\"x\",\n  \"version\" : {}}";
        assertThat(ClusterProbe.jsonString(root, "cluster_name")).isEqualTo("archive-\\\"x");
        assertThat(ClusterProbe.jsonString(root, "status")).isNull();
    }
}
