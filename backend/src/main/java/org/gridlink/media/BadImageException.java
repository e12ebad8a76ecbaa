package org.gridlink.media;

/** The bytes are not a usable picture; the resident gets a 400 asking for another photo. */
class BadImageException extends Exception {
  BadImageException(String message) {
    super(message);
  }

  BadImageException(String message, Throwable cause) {
    super(message, cause);
  }
}
