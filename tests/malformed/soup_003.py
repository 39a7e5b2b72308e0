False yield for "s" << == await False ) return '''t''' == { ~
