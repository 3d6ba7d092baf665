package org.fraudlink.registry.domain;

/** Every organisation keeps a primary and a backup liaison at every hour. */
public enum LiaisonRole {
    PRIMARY, BACKUP
}
