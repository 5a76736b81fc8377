package org.openpathways.shared.crypto.web;

import org.openpathways.shared.crypto.KeyRotation;
import org.openpathways.shared.crypto.KeyRotationResult;
import org.openpathways.shared.crypto.KeyUsage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/admin/keys}: key ids and how many values use each; {@code POST /api/v1/admin/keys/rotations}:
 * rotates the keys (409 when a rotation is already running). Never key material.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/keys", produces = "application/json")
class KeyApi {

    private final KeyRotation rotation;

    KeyApi(KeyRotation rotation) {
        this.rotation = rotation;
    }

    @GetMapping
    KeyUsage usage() {
        return rotation.usage();
    }

    @PostMapping("/rotations")
    KeyRotationResult rotate() {
        return rotation.rotate();
    }
}
