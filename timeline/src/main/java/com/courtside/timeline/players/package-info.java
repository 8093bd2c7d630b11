/** People on a basketball court over a clip, their slots O1–O5 / D1–D5, and shots with their shooter. */
package com.courtside.timeline.players;
