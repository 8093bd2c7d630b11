package com.courtside.inference.synth.basketball;

import java.awt.Color;
import java.util.SplittableRandom;

/**
 * How one person is dressed and built, fixed for a clip. Offence wears a light kit with dark numbers, defence a
 * dark kit with light numbers, the referee grey stripes; shirt and shorts share the kit colour, so the middle of a
 * player's box is always kit-coloured.
 *
 * @param legs   trouser colour, or null for bare legs
 * @param number the shirt number, or null for none
 */
record Look(Color shirt, Color shorts, Color numberColour, String number, Color skin, Color hair, Color shoes,
            Color socks, Color legs, boolean stripes, double height) {

    static final Color[] LIGHT_KITS = {new Color(244, 244, 240), new Color(246, 232, 190), new Color(250, 222, 80),
        new Color(160, 205, 245), new Color(205, 208, 214)};
    static final Color[] DARK_KITS = {new Color(24, 36, 96), new Color(122, 20, 32), new Color(26, 26, 30),
        new Color(18, 76, 44), new Color(72, 30, 104)};
    private static final Color[] SKINS = {new Color(236, 196, 164), new Color(198, 146, 104), new Color(150, 100, 64),
        new Color(104, 70, 46), new Color(72, 48, 34)};
    private static final Color[] HAIRS = {new Color(22, 18, 14), new Color(70, 48, 28), new Color(150, 110, 60),
        new Color(40, 32, 28)};

    /** The two kits of a clip: a light one for offence and a dark one for defence. */
    record Kits(Color offence, Color defence) {
        static Kits random(SplittableRandom rnd) {
            return new Kits(LIGHT_KITS[rnd.nextInt(LIGHT_KITS.length)], DARK_KITS[rnd.nextInt(DARK_KITS.length)]);
        }
    }

    static Look player(Color kit, boolean offence, int number, SplittableRandom rnd) {
        Color numberColour = offence ? new Color(30, 34, 60) : new Color(248, 248, 244);
        Color shoes = rnd.nextBoolean() ? new Color(245, 245, 245) : new Color(30, 30, 32);
        return new Look(kit, kit, numberColour, Integer.toString(number), pick(SKINS, rnd), pick(HAIRS, rnd), shoes,
                rnd.nextBoolean() ? new Color(240, 240, 240) : kit, null, false, rnd.nextDouble(1.86, 2.08));
    }

    static Look referee(SplittableRandom rnd) {
        Color black = new Color(22, 22, 24);
        return new Look(new Color(200, 200, 204), black, null, null, pick(SKINS, rnd), pick(HAIRS, rnd), black, black,
                black, true, rnd.nextDouble(1.72, 1.86));
    }

    /** A substitute in a warm-up shirt, whose colour is neither kit's. */
    static Look substitute(SplittableRandom rnd) {
        Color[] warmUp = {new Color(90, 96, 104), new Color(40, 96, 110), new Color(120, 70, 40)};
        Color top = pick(warmUp, rnd);
        return new Look(top, new Color(40, 40, 46), null, null, pick(SKINS, rnd), pick(HAIRS, rnd),
                new Color(235, 235, 235), new Color(235, 235, 235), new Color(40, 40, 46), false, rnd.nextDouble(1.85, 2.05));
    }

    static Look coach(SplittableRandom rnd) {
        Color suit = new Color(34, 36, 44);
        return new Look(suit, suit, null, null, pick(SKINS, rnd), pick(HAIRS, rnd), new Color(20, 20, 20), suit, suit,
                false, rnd.nextDouble(1.75, 1.92));
    }

    private static Color pick(Color[] colours, SplittableRandom rnd) {
        return colours[rnd.nextInt(colours.length)];
    }
}
