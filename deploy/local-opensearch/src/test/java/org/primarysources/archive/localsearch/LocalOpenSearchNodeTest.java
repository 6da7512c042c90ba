package org.primarysources.archive.localsearch;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void aClusterMemberHasItsOwnNameAndPortsFindsItsPeersAndIsNoSingleNode() {
        Path p = Path.of("x");
        NodeSettings member = NodeSettings.of(p, p, p, "archive-3n").withNodeName("node-b").withTransportPort(9302)
                .asClusterMember(List.of(9301, 9302, 9303), List.of("node-a", "node-b", "node-c"));

        List<String> command = LocalOpenSearchNode.nodeCommand(home, member, 9202, 9302);

        assertThat(member.singleNode()).isFalse();
        assertThat(command).contains("-Ecluster.name=archive-3n", "-Enode.name=node-b", "-Ehttp.port=9202",
                        "-Etransport.port=9302",
                        "-Ediscovery.seed_hosts=127.0.0.1:9301,127.0.0.1:9302,127.0.0.1:9303",
                        "-Ecluster.initial_cluster_manager_nodes=node-a,node-b,node-c")
                .doesNotContain("-Ediscovery.type=single-node");
    }

    @Test
    void extraSettingsComeOnceEachAndMayReplaceOurDefaults() {
        Path p = Path.of("x");
        NodeSettings settings = NodeSettings.of(p, p, p, "archive-1a2b")
                .withSetting("cluster.routing.allocation.disk.threshold_enabled", "true")
                .withSetting("indices.query.bool.max_clause_count", "2048");

        List<String> command = LocalOpenSearchNode.nodeCommand(home, settings, 9201, 9301);

        assertThat(settings.singleNode()).isTrue();
        assertThat(command).contains("-Ediscovery.type=single-node", "-Enode.name=archive-1a2b",
                "-Ecluster.routing.allocation.disk.threshold_enabled=true",
                "-Eindices.query.bool.max_clause_count=2048");
        assertThat(command).filteredOn(flag -> flag.startsWith("-Ecluster.routing.allocation.disk")).hasSize(1);
    }

    @Test
    void settingsWithTheirOwnFieldOrNoValueAreRefused() {
        Path p = Path.of("x");
        NodeSettings settings = NodeSettings.of(p, p, p, "ok");
        assertThatThrownBy(() -> settings.withSetting("http.port", "9200")).hasMessageContaining("own field");
        assertThatThrownBy(() -> settings.withSetting("node.name", "n")).hasMessageContaining("own field");
        assertThatThrownBy(() -> settings.withSetting("-Xmx1g", "x")).hasMessageContaining("setting name");
        assertThatThrownBy(() -> settings.withSetting("a.b", "two\nlines")).hasMessageContaining("one-line");
        assertThatThrownBy(() -> settings.withNodeName("bad name")).hasMessageContaining("node name");
        assertThatThrownBy(() -> settings.withTransportPort(-1)).hasMessageContaining("port");
        assertThatThrownBy(() -> settings.asClusterMember(List.of(), List.of("a"))).hasMessageContaining("peers");
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
    void aSignalOnTheOwnersDeathIsOffUnlessAskedForAndMustBeAStopSignal() {
        Path p = Path.of("x");
        NodeSettings settings = NodeSettings.of(p, p, p, "ok");

        assertThat(settings.deathSignal()).isEmpty();
        assertThat(settings.withDeathSignal("sigterm").withHeap("1g").deathSignal()).contains("TERM");
        assertThatThrownBy(() -> settings.withDeathSignal("SEGV")).hasMessageContaining("not a signal");
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
    void readsTopLevelStringFieldsOfTheNodesAnswer() {
        String root = "{\n  \"name\" : \"n\",\n  \"cluster_name\" : \"archive-\\\"x\",\n  \"version\" : {}}";
        assertThat(ClusterProbe.jsonString(root, "cluster_name")).isEqualTo("archive-\"x");
        assertThat(ClusterProbe.jsonString(root, "status")).isNull();
        assertThat(ClusterProbe.jsonString("{\"version\":{\"status\":\"red\"}}", "status")).isNull();
        assertThat(ClusterProbe.jsonString("<html>cluster_name</html>", "cluster_name")).isNull();
    }
}
