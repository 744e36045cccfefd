package org.buyonce.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value of the right shape that breaks an input rule; its message says which, for the problem's field error. */
public class InvalidValueException extends MismatchedInputException {

    InvalidValueException(JsonParser parser, String message, Class<?> targetType) {
        super(parser, message, targetType);
    }
}
