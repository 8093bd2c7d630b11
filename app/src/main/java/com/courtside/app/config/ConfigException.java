package com.courtside.app.config;

/** A settings file or variable that cannot be used; the message names it and what to do. */
public final class ConfigException extends Exception {

    public ConfigException(String message) {
        super(message);
    }
}
