package dev.resume.layout;

public enum Align {
    LEFT, CENTER, RIGHT, JUSTIFY
}
