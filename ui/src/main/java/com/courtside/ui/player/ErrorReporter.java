package com.courtside.ui.player;

/** Tells the user that something failed, in words written for them; never with a stack trace. */
@FunctionalInterface
public interface ErrorReporter {

    void report(String title, String userMessage);
}
