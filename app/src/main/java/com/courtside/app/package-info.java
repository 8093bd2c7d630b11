/** Courtside app module. */
package com.courtside.app;
