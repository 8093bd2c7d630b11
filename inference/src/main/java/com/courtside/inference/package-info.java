/** Courtside inference module. */
package com.courtside.inference;
