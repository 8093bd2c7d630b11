/** Courtside export module. */
package com.courtside.export;
