package toonew
