/** Courtside ui module. */
package com.courtside.ui;
