package org.primarysources.archive.localprocess;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

class LocalPortsTest {

    @Test
    void portChecksSeeATakenPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(LocalPorts.isFree(taken.getLocalPort())).isFalse();
        }
        assertThat(LocalPorts.isFree(LocalPorts.free())).isTrue();
    }
}
