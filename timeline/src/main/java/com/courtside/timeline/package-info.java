/** Courtside timeline module. */
package com.courtside.timeline;
