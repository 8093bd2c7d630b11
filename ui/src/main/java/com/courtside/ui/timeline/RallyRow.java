package com.courtside.ui.timeline;

import com.courtside.labeling.store.Review;

/**
 * One line of the rally list.
 *
 * @param number  the rally's number in the match, from 1
 * @param bounces bounces labelled inside it
 */
public record RallyRow(int number, int start, int end, double seconds, int bounces, Review review, boolean human) {
}
