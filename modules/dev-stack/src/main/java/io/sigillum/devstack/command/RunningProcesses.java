package io.sigillum.devstack.command;

import io.sigillum.devstack.broker.BrokerInstance;
import io.sigillum.devstack.process.PidFiles;
import io.sigillum.devstack.process.ProcessOwnership;
import io.sigillum.devstack.stack.ServiceCatalog;
import io.sigillum.devstack.stack.ServiceDefinition;
import io.sigillum.devstack.stack.StackLayout;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads the pid files and keeps only the pids that still belong to the stack's processes. */
final class RunningProcesses {

    private final StackLayout layout;

    RunningProcesses(StackLayout layout) {
        this.layout = layout;
    }

    /** @return the state of every process, the broker first */
    List<ProcessState> read() {
        return ServiceCatalog.processNames().stream().map(this::state).toList();
    }

    ProcessState state(String name) {
        OptionalLong pid = PidFiles.read(layout.pidFile(name));
        Optional<ProcessHandle> handle = pid.isPresent() ? ProcessHandle.of(pid.getAsLong()) : Optional.empty();
        boolean ours = ProcessOwnership.isOurs(handle, ownershipMarkers(name));
        return new ProcessState(name, pid, ours ? handle : Optional.empty());
    }

    /** Removes pid files that name no live process of ours; returns the names they were for. */
    List<String> removeStalePidFiles() {
        List<String> stale = read().stream().filter(ProcessState::stale).map(ProcessState::name).toList();
        stale.forEach(name -> PidFiles.delete(layout.pidFile(name)));
        return stale;
    }

    private List<String> ownershipMarkers(String name) {
        if (name.equals(ServiceCatalog.BROKER)) {
            return new BrokerInstance(layout).ownershipMarkers();
        }
        ServiceDefinition service = ServiceCatalog.service(name)
                .orElseThrow(() -> new IllegalArgumentException("no process named " + name));
        return List.of(layout.resolve(service.jar()).toString());
    }
}
