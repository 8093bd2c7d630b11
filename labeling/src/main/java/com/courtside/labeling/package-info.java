/** Courtside labeling module. */
package com.courtside.labeling;
