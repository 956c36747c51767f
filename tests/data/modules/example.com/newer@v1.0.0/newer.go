package newer
