package org.openpathways.shared.crypto;

import org.openpathways.shared.command.Command;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar openpathways.jar rotate-keys}: rotates the data keys (see {@link KeyRotation}) and exits with 0,
 * or with 1 when some values could not be decrypted or a retired key had to be kept. The outcome is logged by the
 * rotation itself.
 */
@Component
class RotateKeysCommand implements Command {

    private final KeyRotation rotation;

    RotateKeysCommand(KeyRotation rotation) {
        this.rotation = rotation;
    }

    @Override
    public String name() {
        return "rotate-keys";
    }

    @Override
    public int run() {
        KeyRotationResult result = rotation.rotate();
        return result.unreadable() == 0 && result.keptKeys().isEmpty() ? 0 : 1;
    }
}
