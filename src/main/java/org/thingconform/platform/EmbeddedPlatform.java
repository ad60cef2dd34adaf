package org.thingconform.platform;

/** A running embedded platform; closing it stops it and frees its ports. */
public interface EmbeddedPlatform extends AutoCloseable {

    /** How to reach it, with the devices it registered for the requested roles. */
    PlatformDescriptor descriptor();

    @Override
    void close();
}
