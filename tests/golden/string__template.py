# Template.substitute / safe_substitute, escapes, braces, mapping + keywords
from string import Template

t = Template('$who likes ${what}; costs $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, who='bob'))
print(t.safe_substitute(who='sue'))
print(Template('${a}b $a_1x $a.').substitute(a='A', a_1x=3))
print(Template('$x$x').substitute(x=[1]), Template('').substitute())
print(t.template, Template.delimiter, Template.idpattern)
print(Template('$a $b $$ ${c} $a').get_identifiers(), Template('$a').is_valid(),
      Template('$1').is_valid())


class Percent(Template):
    delimiter = '%'


print(Percent('%x %% %{y}').substitute(x=1, y=2))
