/**
 * People in the frame, for the shooter pipeline: a {@code person-boxes} model where one is loaded
 * ({@link com.courtside.inference.people.PersonBoxesModel}), a background-subtraction detector for a fixed camera
 * where none is ({@link com.courtside.inference.people.ClassicalPersonDetector}), and
 * {@link com.courtside.inference.people.PeopleDetection}, which runs either over a clip. Tracks and player slots
 * are assigned later, by the shooter package's tracker.
 */
package com.courtside.inference.people;
